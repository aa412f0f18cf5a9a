docker service ls --foo
notty
