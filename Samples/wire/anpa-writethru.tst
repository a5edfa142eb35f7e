a0412glbsm
u a BC-US--Bridge-Inspections 2ndLd-Writethru   06-11 0612
^BC-US--Bridge Inspections, 2nd Ld-Writethru,488<
^Engineers find cracks in 12 river bridges after routine checks<
^AP Photo NYML101, NYML102<
^Eds: Updates with governor's comments in 4th graf. With AP Photos.<
^By MARIA LOPEZ and DAVID KIM=
^Associated Press=
	   HARRISBURG, Pa. (AP) _ State engineers found cracks in a dozen river bridges during routine inspections this spring, the transportation department said Wednesday. 
	   None of the bridges is in danger of collapse, officials said, but three will be closed to trucks _ a move that adds up to 40 minutes to some freight routes _ until repairs are finished. 
	   ``We found these problems because the inspections work,'' said department spokeswoman Carla Reyes. 
	   The governor said repairs would be paid for from an existing maintenance fund. 
	   ___ 
	   Associated Press writer Tom Fisher contributed from Pittsburgh. 

	   AP-WF-06-11-25 1932GMT<


