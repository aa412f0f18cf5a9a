docker service ls
notty
