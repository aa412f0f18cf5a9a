docker network rm minha_rede_overlay
notty
