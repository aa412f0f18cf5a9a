docker service ls -x
notty
