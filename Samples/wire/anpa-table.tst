z5120-----
r s BC-BBM--Valley-Glance     07-02 0140
^BC-BBM--Valley League Glance<
^Valley League Standings=
^By The Associated Press=
^North Division=
^;W;L;Pct;GB 
Riverton;31;17;.646;_ 
Lake City;29;19;.604;2 
Port Ellis;24;23;.511;6{ 
Northgate;20;28;.417;11 
^Tuesday's Games=
	   Riverton 5, Northgate 2 
	   Lake City 7, Port Ellis 6, 10 innings< 

	   AP-WF-07-02-25 0410GMT<


