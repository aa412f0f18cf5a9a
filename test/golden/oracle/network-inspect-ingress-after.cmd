docker network inspect ingress
notty
