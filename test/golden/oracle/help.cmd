docker --help
notty
