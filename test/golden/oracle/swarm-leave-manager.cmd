docker swarm leave
notty
