"""Differential check of `tierwise replay` between two builds.

Usage: python3 docs/peers/replay_differential.py OLD_BINARY NEW_BINARY [SEED] [CASES]

Writes random JSON Lines and CSV event files (unicode and decomposed keys, escapes, numeric and
string ids, ISO and epoch times, disorder, duplicates, damaged lines) to a temporary directory and
runs both binaries with random window types, time settings and output formats; every case's
standard output, standard error and exit status must be identical. Used on 2026-12-01 to check
that the streamed replay (issue 9) writes the same bytes as the in-memory one: 1,600 cases, no
difference.
"""
import random, subprocess, json, sys, os, tempfile
OLD, NEW = sys.argv[1], sys.argv[2]
rnd=random.Random(int(sys.argv[3]) if len(sys.argv)>3 else 1)
WORK=tempfile.mkdtemp(prefix="tierwise-differential-")
def rid():
    c=rnd.random()
    if c<0.3: return rnd.randint(0,50)
    if c<0.4: return rnd.choice([0,1,2**53,2**53-1,10**15,10**18-1,10**18,10**17+7,-1,-5,1.5,"x","é","e\u0301","\u212a",""])
    if c<0.7: return "id%d"%rnd.randint(0,40)
    return str(rnd.randint(0,60))
def rkey():
    return rnd.choice(["a","b","k1","ключ","é","e\u0301","\u00e9","a,b","q\"x","x y",7,8.0,"",None])
def rtime(i):
    c=rnd.random()
    base=i*rnd.choice([100,1000,20000])
    if c<0.6: return base-rnd.randint(0,8000)
    if c<0.7: return "1970-01-01T00:%02d:%02d.%03dZ"%(rnd.randint(0,59),rnd.randint(0,59),rnd.randint(0,999))
    if c<0.8: return str(base)
    if c<0.85: return rnd.choice([1.5,-0.0,1e20,"2026-02-30T00:00:00Z",None,"x"])
    return base
def rval():
    c=rnd.random()
    if c<0.8: return round(rnd.uniform(-100,100),rnd.randint(0,4))
    return rnd.choice([0,-0.0,1e308,5e-324,123456789012345,"7","x",None,True,[1]])
def jsonl(n):
    lines=[]
    for i in range(n):
        o={}
        for k,f in (("id",rid),("key",rkey),("event_time",lambda: rtime(i)),("value",rval)):
            if rnd.random()<0.03: continue
            v=f()
            if v is None and rnd.random()<0.5: continue
            o[k]=v
        keys=list(o.keys())
        if rnd.random()<0.2: rnd.shuffle(keys)
        s="{"+",".join(json.dumps(k)+(":" if rnd.random()<0.9 else " : ")+json.dumps(o[k],ensure_ascii=rnd.random()<0.5) for k in keys)+"}"
        if rnd.random()<0.03: s=s[:rnd.randint(0,len(s))]
        if rnd.random()<0.05: s=" "+s+" "
        lines.append(s)
        if rnd.random()<0.05: lines.append(lines[rnd.randrange(len(lines))])
    return "\n".join(lines)+("\n" if rnd.random()<0.8 else "")
def csv(n):
    cols=["id","key","event_time","value"]
    if rnd.random()<0.2: cols=rnd.sample(cols,4)
    lines=[",".join(cols)]
    for i in range(n):
        d={"id":rid(),"key":rkey(),"event_time":rtime(i),"value":rval()}
        def f(v):
            if v is None: return ""
            s=str(v) if not isinstance(v,float) else repr(v)
            if ("," in s or '"' in s or rnd.random()<0.1): s='"'+s.replace('"','""')+'"'
            return s
        lines.append(",".join(f(d[c]) for c in cols))
    return ("\r\n" if rnd.random()<0.2 else "\n").join(lines)+"\n"
diffs=0
for case in range(int(sys.argv[4]) if len(sys.argv)>4 else 300):
    n=rnd.randint(1,300)
    isj=rnd.random()<0.6
    text=jsonl(n) if isj else csv(n)
    path=os.path.join(WORK,"f.%s"%("jsonl" if isj else "csv"))
    open(path,"w").write(text)
    args=["replay",path,"--window",rnd.choice(["tumbling:1m","tumbling:1s","sliding:1m/20s","sliding:10s/3s","session:5s","session:1m"]),
          "--out-of-orderness",rnd.choice(["0s","2s","5s","1m"]),"--allowed-lateness",rnd.choice(["0s","3s","1m"]),
          "--format",rnd.choice(["json","csv","markdown"])]
    if rnd.random()<0.3: args.append("--distinct")
    a=subprocess.run([OLD]+args,capture_output=True); b=subprocess.run([NEW]+args,capture_output=True)
    if (a.returncode,a.stdout,a.stderr)!=(b.returncode,b.stdout,b.stderr):
        diffs+=1
        if diffs<=3:
            open(os.path.join(WORK,"diff%d.%s"%(diffs,"jsonl" if isj else "csv")),"w").write(text)
            print("DIFF case",case,args[2:],a.returncode,b.returncode)
            import difflib
            for l in list(difflib.unified_diff(a.stdout.decode(errors='replace').splitlines(),b.stdout.decode(errors='replace').splitlines(),lineterm=''))[:12]: print("  out",l[:160])
            for l in list(difflib.unified_diff(a.stderr.decode(errors='replace').splitlines(),b.stderr.decode(errors='replace').splitlines(),lineterm=''))[:8]: print("  err",l[:160])
print("cases",case+1,"diffs",diffs)
