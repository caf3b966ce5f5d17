using Gazette.Cli;
using Gazette.Cli.Runtime;

// A one-shot build owns its process, so it may tune the collector for itself; tests run the
// command line inside their own process and come in through GazetteApp.Run.
if (args is ["build", ..])
{
    CollectorHoldOff.ForRebuildOf(CollectorHoldOff.SiteOf(args));
}

return GazetteApp.Run(args);
