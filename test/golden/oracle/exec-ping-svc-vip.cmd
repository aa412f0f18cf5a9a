docker exec teste_discovery_search.1.t3ykvvpf2lyk9sxd0u5ub7wg3 ping -c 2 teste_discovery_search
notty
