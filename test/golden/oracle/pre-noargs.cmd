docker
notty
