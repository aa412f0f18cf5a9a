docker network --foo
notty
