docker node ps a b --foo
notty
