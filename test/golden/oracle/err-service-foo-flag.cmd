docker service --foo
notty
