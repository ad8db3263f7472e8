from typing import Optional
import datetime

from sqlalchemy import Date, DateTime, ForeignKeyConstraint, Index, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Branches(Base):
    __tablename__ = 'branches'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    city_name: Mapped[str] = mapped_column(String(100), nullable=False)
    opened_on: Mapped[Optional[datetime.date]] = mapped_column(Date)

    employees: Mapped[list['Employees']] = relationship('Employees', back_populates='branch')


class Employees(Base):
    __tablename__ = 'employees'
    __table_args__ = (
        ForeignKeyConstraint(['branch_id'], ['branches.id'], name='employees_branch_fk'),
        ForeignKeyConstraint(['manager_id'], ['employees.id'], name='employees_manager_fk'),
        Index('employees_branch_fk', 'branch_id'),
        Index('employees_manager_fk', 'manager_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    branch_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    hired_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    role: Mapped[str] = mapped_column(String(20), nullable=False, server_default=text("'clerk'"))
    manager_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))

    branch: Mapped['Branches'] = relationship('Branches', back_populates='employees')
    manager: Mapped[Optional['Employees']] = relationship('Employees', remote_side=[id], back_populates='manager_reverse')
    manager_reverse: Mapped[list['Employees']] = relationship('Employees', remote_side=[manager_id], back_populates='manager')
