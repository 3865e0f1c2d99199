// `readouts-bench`: see BenchCommand for the options and README for the figures.
BenchCommand.main()
