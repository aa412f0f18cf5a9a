docker node ps --help
notty
