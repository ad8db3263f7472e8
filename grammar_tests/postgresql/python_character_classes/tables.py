from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_वस_त_ = Table(
    'वस्तु', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('नाम', Text),
    Column('note', Text, comment='soft\xadhyphen zero\u200bwidth word\u2060joiner é \u0378'),
    PrimaryKeyConstraint('id', name='वस्तु_pkey')
)
