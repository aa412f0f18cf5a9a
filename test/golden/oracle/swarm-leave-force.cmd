docker swarm leave --force
notty
