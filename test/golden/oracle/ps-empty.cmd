docker ps
notty
