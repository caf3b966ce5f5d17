using Gazette.Cli;
using Gazette.Cli.Runtime;

// A one-shot build owns its process, so it may tune the collector for itself; tests run the
// command line inside their own process and pass no such hook.
return GazetteApp.Run(args, beforeBuild: build => CollectorHoldOff.ForRebuildOf(build.Site));
