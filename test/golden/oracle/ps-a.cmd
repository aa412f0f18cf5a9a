docker ps -a
notty
