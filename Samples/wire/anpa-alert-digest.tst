b1650asian
b a BC-US--APNewsAlert     03-10 0041
^BC-US--APNewsAlert,17<
	   DENVER (AP) _ Colorado lawmakers approve statewide ban on new gas stations near schools. 

	   AP-WF-03-10-25 1802GMT<



v4650-----
r s BC-HKO--Valley-Scores     03-10 0090
^*9007< ^BC-HKO--Valley Hockey Scores,0090<
^Valley Hockey League=
^ GP   W   L   Pts
Lakeside Otters30191138
Pine Ridge  30  15  15  30
^Monday's Games=
	   Lakeside Otters 3, Pine Ridge 2, OT

	   AP-WF-03-10-25 2215GMT<



