docker service scale --help
notty
