from typing import Optional

from sqlalchemy import Column, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, SQLModel

class वसत(SQLModel, table=True):
    __tablename__ = 'वस्तु'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='वस्तु_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    न_म: Optional[str] = Field(default=None, sa_column=Column('नाम', Text))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text, comment='soft\xadhyphen zero\u200bwidth word\u2060joiner é \u0378'))
