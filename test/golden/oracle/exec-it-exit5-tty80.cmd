docker exec -it teste_discovery_search.1.t3ykvvpf2lyk9sxd0u5ub7wg3 sh
tty cols=80
# python3 pty; typed "exit 5" + CR after 1.5 s
