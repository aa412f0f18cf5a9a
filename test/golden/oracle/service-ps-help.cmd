docker service ps --help
notty
