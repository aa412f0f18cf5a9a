docker ps --help
notty
