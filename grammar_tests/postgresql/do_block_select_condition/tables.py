from sqlalchemy import BigInteger, Column, MetaData, PrimaryKeyConstraint, Table, Text

metadata = MetaData()


t_job_log = Table(
    'job_log', metadata,
    Column('source', Text, primary_key=True),
    Column('step', BigInteger, primary_key=True),
    PrimaryKeyConstraint('source', 'step', name='job_log_pkey1')
)
