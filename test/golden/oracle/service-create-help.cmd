docker service create --help
notty
