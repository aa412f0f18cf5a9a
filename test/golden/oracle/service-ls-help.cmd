docker service ls --help
notty
