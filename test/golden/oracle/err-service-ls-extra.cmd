docker service ls extra
notty
