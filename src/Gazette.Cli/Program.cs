using Gazette.Cli;

return GazetteApp.Run(args);
