docker swarm --help
notty
