using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Gazette.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Gazette.Benchmarks.HotPaths).Assembly).Run(args);
