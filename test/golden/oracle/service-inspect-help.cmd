docker service inspect --help
notty
