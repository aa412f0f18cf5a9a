docker node ls
notty
