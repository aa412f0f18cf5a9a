docker exec -it teste_discovery_search.1.t3ykvvpf2lyk9sxd0u5ub7wg3 sh
tty cols=80
# python3 pty; typed after delays: hostname, ping -c 2 <T2>, ping <T2> + Ctrl-C after 2.5 s, foo, echo $?, exit; each line ends with CR
