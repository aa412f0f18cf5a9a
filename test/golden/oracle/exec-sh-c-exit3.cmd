docker exec teste_discovery_search.1.t3ykvvpf2lyk9sxd0u5ub7wg3 sh -c 'exit 3'
notty
