a0412glbsm
u a BC-US--Bridges 2ndLd-Writethru   06-11 0612
^BC-US--Bridges, 2nd Ld-Writethru,488<
^Cracks found in bridges<
^AP Photo NYML101<
^Eds: Updates.<
^By MARIA LOPEZ=
^Associated Press=
	   HARRISBURG, Pa. (AP) _ Engineers found cracks _ a dozen _ this spring. 
	   ``Quote,'' she said. 
	   ___ 
	   AP-WF-06-11-25 1932GMT<


