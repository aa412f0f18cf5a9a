docker service rm nosuch teste_nosuch2
notty
