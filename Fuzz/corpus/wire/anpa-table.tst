z5120-----
r s BC-BBM--Glance     07-02 0140
^BC-BBM--Glance<
^Standings=
^;W;L;GB 
Lake City;29;19;2{ 
	   ;MIN;MAX
	   Oslo;35;47<
	   AP-WF-07-02-25 0410GMT<
