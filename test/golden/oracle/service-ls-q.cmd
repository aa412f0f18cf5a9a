docker service ls -q
notty
