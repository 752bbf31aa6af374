import{A as o}from"./MSFT_audio_emitter-CTaitNw_.js";class A extends o{constructor(s,t){super(s,t,3)}}export{A};
