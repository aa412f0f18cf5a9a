docker service --help
notty
