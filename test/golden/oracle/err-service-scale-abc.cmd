docker service scale web=abc
notty
