from sqlalchemy import BigInteger, Column, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class JobLog(SQLModel, table=True):
    __tablename__ = 'job_log'
    __table_args__ = (
        PrimaryKeyConstraint('source', 'step', name='job_log_pkey1'),
    )

    source: str = Field(sa_column=Column('source', Text, primary_key=True))
    step: int = Field(sa_column=Column('step', BigInteger, primary_key=True))
