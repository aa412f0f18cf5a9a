docker service foo
notty
