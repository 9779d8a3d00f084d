-- POST an offer evaluation (the contract's example)
wrk.method = "POST"
wrk.body = '{"annualBase":150000,"state":"CA","yearsOfExperience":4}'
wrk.headers["Content-Type"] = "application/json"
