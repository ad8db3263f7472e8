from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Am(SQLModel, table=True):
    __table_args__ = (
        Index('x"a1é_/m', 'zé;l'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    zé_l: Optional[str] = Field(default=None, sa_column=Column('zé;l', String(20), server_default=text("'am'"), comment='y_=*="m'))
    y_a_1__l: Optional[str] = Field(default=None, sa_column=Column("y.a'1*}l", String(20), server_default=text("'c日a*)${k'"), comment='b*;,k'))

    cam: list['Cam'] = Relationship(back_populates='am')


class XL(SQLModel, table=True):
    __tablename__ = 'x=$$l'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    ab_ak: Optional[str] = Field(default=None, sa_column=Column('ab=ak', String(20), server_default=text("'b*1''/%m'"), comment='y{=m'))
    z____m: Optional[int] = Field(default=None, sa_column=Column('z;{{"m', INTEGER(11)))


class Cam(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['y{_-k'], ['am.id'], name='cam_ibfk_2'),
        Index('b)$.}#l', 'b)$.}#l'),
        Index('y{_-k', 'y{_-k')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    y_____l: Optional[str] = Field(default=None, sa_column=Column('y*%(,-l', String(20), server_default=text("'b{Zk'"), comment='b"n'))
    b_____l: Optional[int] = Field(default=None, sa_column=Column('b)$.}#l', INTEGER(11)))
    y___k: Optional[int] = Field(default=None, sa_column=Column('y{_-k', INTEGER(11)))

    am: Optional['Am'] = Relationship(back_populates='cam')
