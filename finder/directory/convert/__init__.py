"""Every conversion of a service, one module per shape, all through the typed `Service`
(`finder.directory.model`): content records (`content`), database rows and the store's records
(`stored`), the flat CSV (`flat`), the staff editor's form (`form`) and the API (`public`). A new
field is added here once and every shape carries it; nothing here touches a database or a
request. (The Open Referral UK shape is still made from store records in
`finder.directory.oruk`.)
"""
